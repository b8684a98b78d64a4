using System.Linq;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Reporting;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// A transition may be untitled (the grammar makes its title optional). Every report names it by its id alone,
    /// never "E-1 E-1"; a titled one by its id and title.
    /// </summary>
    public class LifecycleNameTests
    {
        private static readonly Policy Certificate = Compile(@"
policy ""Certificate names""
schema Certificate key id { id: text, issued: date, events: history }

lifecycle certificate
  history events
  initial active on issued
  state active
  final state expired

  transition E-1 active -> expired
    after 3 years since start
  deadline D-1 ""Next annual audit"" in active within 12 months since start
");

        private static LifecycleOutcome Replay(string asOf) =>
            Evaluate(Certificate, @"{""id"":""C-1"",""issued"":""2025-01-10"",""events"":[]}", asOf).Lifecycles.Single();

        [Fact]
        public void An_untitled_deadline_transition_is_named_by_its_id_alone()
        {
            var outcome = Replay("2025-06-01");
            var pending = outcome.Result!.PendingDeadlines.Single(d => d.Id == "E-1");

            Assert.False(pending.HasTitle);
            Assert.Equal("E-1", pending.Title); // reports that need a title field still get a string
            Assert.Equal("E-1", LifecycleText.Name(pending));
            Assert.Equal("E-1 by 2028-01-10, else expired from 2028-01-11", LifecycleText.Deadline(outcome.Lifecycle, pending));
        }

        [Fact]
        public void A_titled_deadline_is_named_by_its_id_and_title()
        {
            var pending = Replay("2025-06-01").Result!.PendingDeadlines.Single(d => d.Id == "D-1");

            Assert.True(pending.HasTitle);
            Assert.Equal("D-1 Next annual audit", LifecycleText.Name(pending));
        }

        [Fact]
        public void A_timeline_entry_of_an_untitled_transition_is_named_by_its_id()
        {
            var entry = Replay("2028-02-01").Result!.Timeline.Last();

            Assert.Equal("expired", entry.State.Name);
            Assert.Equal("E-1", LifecycleText.Name(entry.Transition!));
        }
    }
}
