-- Drives the language server from a real editor: Neovim 0.7.2 (Debian), headless. It starts `compliance lsp` with
-- vim.lsp.start_client, attaches the policy's buffer, waits for diagnostics, then checks each feature through
-- vim.lsp.buf_request_sync. Every check writes "ok NAME" or "FAIL NAME: why" to $RESULT_FILE; the editor exits 0 only
-- when all passed. Run: nvim --headless -u NONE -n -c "luafile check.lua" (with COMPLIANCE_DLL, WORKSPACE, RESULT_FILE set).
local dll = assert(os.getenv("COMPLIANCE_DLL"), "COMPLIANCE_DLL is not set")
local workspace = assert(os.getenv("WORKSPACE"), "WORKSPACE is not set")
local result_file = assert(io.open(assert(os.getenv("RESULT_FILE"), "RESULT_FILE is not set"), "w"))
local failures = 0

local function report(name, ok, detail)
  if ok then
    result_file:write("ok " .. name .. "\n")
  else
    failures = failures + 1
    result_file:write("FAIL " .. name .. ": " .. tostring(detail) .. "\n")
  end
  result_file:flush()
end

local function finish()
  result_file:write(failures == 0 and "all checks passed\n" or (failures .. " check(s) failed\n"))
  result_file:close()
  if failures == 0 then vim.cmd("qall!") else vim.cmd("cquit! 1") end
end

vim.cmd("edit " .. workspace .. "/eligibility.policy")
local buf = vim.api.nvim_get_current_buf()
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
vim.lsp.handlers["window/showMessage"] = function() end

-- The 0-based position of the first occurrence of `text` (plus `offset` characters).
local function find(text, offset)
  for i, line in ipairs(lines) do
    local col = line:find(text, 1, true)
    if col then return { line = i - 1, character = col - 1 + (offset or 0) } end
  end
  error("not in the policy: " .. text)
end

local client_id = vim.lsp.start_client({
  name = "compliance",
  cmd = { "dotnet", dll, "lsp", "--stdio" },
  root_dir = workspace,
})
report("start_client", client_id ~= nil, "the server did not start")
vim.lsp.buf_attach_client(buf, client_id)

local function request(method, params)
  params.textDocument = params.textDocument or { uri = vim.uri_from_bufnr(buf) }
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 30000)
  if not responses then return nil, err end
  local response = responses[client_id]
  if not response then return nil, "no answer" end
  if response.error then return nil, response.error.message end
  return response.result
end

local function check(name, fn)
  local ok, result, detail = pcall(fn)
  if not ok then report(name, false, result) else report(name, result, detail) end
end

-- Diagnostics while typing: the unused let is CP1103.
local got = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
check("diagnostics", function()
  local diagnostics = vim.diagnostic.get(buf)
  for _, d in ipairs(diagnostics) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "CP1103" and d.message == "Let 'days' is never used" then return true end
  end
  return false, (got and vim.inspect(diagnostics) or "none published within 60 s")
end)

check("hover", function()
  local hover, err = request("textDocument/hover", { position = find("sms_established +") })
  local value = hover and hover.contents and hover.contents.value or ""
  return value:find("field of Organisation", 1, true) ~= nil, err or value
end)

check("completion", function()
  local list, err = request("textDocument/completion", { position = find("r.passed", 2) })
  local labels = {}
  for _, item in ipairs(list and list.items or {}) do table.insert(labels, item.label) end
  return table.concat(labels, ",") == "date,passed", err or table.concat(labels, ",")
end)

check("definition", function()
  local locations, err = request("textDocument/definition", { position = find("minimum_operation <=") })
  local target = locations and locations[1]
  return target ~= nil and target.range.start.line == find("param minimum_operation").line, err or vim.inspect(locations)
end)

check("references", function()
  local locations, err = request("textDocument/references", { position = find("audit_date:"), context = { includeDeclaration = true } })
  return locations ~= nil and #locations == 5, err or vim.inspect(locations)
end)

check("rename", function()
  local edit, err = request("textDocument/rename", { position = find("minimum_operation <="), newName = "minimum_period" })
  local changes = edit and edit.changes and edit.changes[vim.uri_from_bufnr(buf)] or {}
  return #changes == 3, err or vim.inspect(edit)
end)

check("rename refuses a clash", function()
  local _, err = request("textDocument/rename", { position = find("minimum_operation <="), newName = "audit_date" })
  return err ~= nil and err:find("already", 1, true) ~= nil, err or "the clash was not refused"
end)

check("semantic tokens", function()
  local tokens, err = request("textDocument/semanticTokens/full", {})
  return tokens ~= nil and #tokens.data > 0 and #tokens.data % 5 == 0, err or vim.inspect(tokens)
end)

check("code actions", function()
  -- ELIG-9 cites nothing (CP1101): the library's fix adds a citation placeholder.
  local at = find("ELIG-9")
  local actions, err = request("textDocument/codeAction", { range = { start = at, ["end"] = at }, context = { diagnostics = {} } })
  local action = actions and actions[1]
  local edits = action and action.edit and action.edit.changes and action.edit.changes[vim.uri_from_bufnr(buf)]
  return action ~= nil and action.title == "Add a citation placeholder" and edits ~= nil and edits[1].newText:find("cites", 1, true) ~= nil,
    err or vim.inspect(actions)
end)

check("code lens", function()
  local lenses, err = request("textDocument/codeLens", {})
  if not lenses or #lenses == 0 then return false, err or "no lenses" end
  local evaluate
  for _, lens in ipairs(lenses) do
    if lens.command.title == "Evaluate" and lens.command.arguments[2] == "ELIG-2" then evaluate = lens end
  end
  if not evaluate then return false, vim.inspect(lenses) end
  local summary, run_err = request("workspace/executeCommand", { command = evaluate.command.command, arguments = evaluate.command.arguments })
  return summary == "Evaluate as of 2026-11-23: 2 record(s)", run_err or vim.inspect(summary)
end)

-- Last, since it changes the buffer (and so sends the server a didChange, as typing would).
check("formatting", function()
  local edits, err = request("textDocument/formatting", { options = { tabSize = 2, insertSpaces = true } })
  if not edits or #edits ~= 1 then return false, err or vim.inspect(edits) end
  vim.lsp.util.apply_text_edits(edits, buf, "utf-16")
  local line = vim.api.nvim_buf_get_lines(buf, find("let days").line, find("let days").line + 1, false)[1]
  return line == "let days = audit_days(headcount)", line
end)

vim.lsp.stop_client(client_id)
finish()
