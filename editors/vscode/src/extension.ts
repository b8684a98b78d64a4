// The VS Code side of CompliancePolicy: it starts `compliance lsp` and hands .policy documents to it. Everything the
// editor shows (diagnostics, hovers, completion, fixes, lenses) comes from the server over the standard protocol, so
// this file only says how to start it.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("compliance");
  const command = settings.get<string>("server.path", "compliance");
  const args = [...settings.get<string[]>("server.args", []), "lsp"];
  // TransportKind.stdio adds --stdio, which `compliance lsp` accepts.
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "policy" },
      { scheme: "untitled", language: "policy" },
    ],
    // Policy files changed outside the editor, and compliance.json (severities, suppressions' settings, records).
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.policy,compliance.json}") },
  };
  client = new LanguageClient("compliance", "CompliancePolicy", serverOptions, clientOptions);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      `CompliancePolicy: could not start '${command} ${args.join(" ")}' (${message}). Highlighting still works; set compliance.server.path to the compliance tool.`
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
