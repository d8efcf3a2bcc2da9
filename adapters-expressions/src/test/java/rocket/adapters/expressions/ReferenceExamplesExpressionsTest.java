package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.application.expressions.port.out.CompiledExpression;

/**
 * Every expression found in the shipped reference example files (expression rules, workflow condition steps,
 * webhook conditions), compiled and evaluated against sample records in the environment its kind gets
 * (docs/contract/metadata.md §11.2), with both outcomes checked.
 */
class ReferenceExamplesExpressionsTest {
    private final ElExpressionEngine engine = new ElExpressionEngine();

    private static Map<String, Object> env(String action, Map<String, Object> record) {
        Map<String, Object> env = new HashMap<>();
        env.put("record", record);
        env.put("old", Map.of());
        env.put("action", action);
        return env;
    }

    @Test
    void theLeaveRequestDateRuleOfEmployeeManagementComparesTheTwoDates() {
        // employee-management.json, before_write expression rule. Its message ("End date must be on or after start
        // date") reads it as a validity condition, but §11.2 says true = violated; the engine only evaluates, the
        // truth convention is RuleEvaluator's.
        CompiledExpression rule = engine.compile("new Date(record.end_date) >= new Date(record.start_date)");
        assertThat(rule.evaluate(env("create", Map.of("start_date", "2025-03-01", "end_date", "2025-03-05"))))
                .isEqualTo(true);
        assertThat(rule.evaluate(env("create", Map.of("start_date", "2025-03-05", "end_date", "2025-03-01"))))
                .isEqualTo(false);
        assertThat(rule.evaluate(env("create", Map.of("start_date", "2025-03-01", "end_date", "2025-03-01"))))
                .isEqualTo(true);
        assertThat(rule.evaluate(env("update", Map.of("start_date", "2025-03-01T09:00:00Z",
                "end_date", "2025-03-01T08:00:00Z")))).isEqualTo(false);
    }

    @Test
    void theLeaveApprovalConditionStepOfEmployeeManagementReadsTheWorkflowContext() {
        CompiledExpression condition = engine.compile("context.days > 5");
        assertThat(condition.evaluate(Map.of("context", Map.of("days", 7)))).isEqualTo(true);
        assertThat(condition.evaluate(Map.of("context", Map.of("days", 5)))).isEqualTo(false);
        assertThat(condition.evaluate(Map.of("context", Map.of("days", 2.5)))).isEqualTo(false);
        assertThat(condition.evaluate(Map.of("context", Map.of()))).isEqualTo(false);
    }

    @Test
    void theWebhookCreateConditionOfEveryExampleFiresOnlyOnCreate() {
        // content-management, employee-management (twice), helpdesk-ticketing, skills-assessment
        CompiledExpression condition = engine.compile("action === 'create'");
        assertThat(condition.evaluate(env("create", Map.of()))).isEqualTo(true);
        assertThat(condition.evaluate(env("update", Map.of()))).isEqualTo(false);
        assertThat(condition.evaluate(Map.of())).isEqualTo(false);
    }

    @Test
    void theWebhookStatusConditionsOfTheExamplesFireOnlyOnTheirStatus() {
        Map<String, String> byFile = Map.of("content-management.json", "published", "employee-management.json",
                "approved", "helpdesk-ticketing.json", "resolved", "skills-assessment.json (submitted)", "submitted",
                "skills-assessment.json (graded)", "graded");
        byFile.forEach((file, status) -> {
            CompiledExpression condition = engine.compile("record.status === '" + status + "'");
            assertThat(condition.evaluate(env("update", Map.of("status", status)))).as(file).isEqualTo(true);
            assertThat(condition.evaluate(env("update", Map.of("status", "draft")))).as(file).isEqualTo(false);
            assertThat(condition.evaluate(env("update", Map.of()))).as(file).isEqualTo(false);
        });
    }

    @Test
    void theStateMachineGuardOfTheSpecAllowsOnlyAResolvedTicketWithAResolution() {
        // docs/contract/metadata.md §4: transition in_progress → resolved, guard "record.resolution != nil"
        CompiledExpression guard = engine.compile("record.resolution != nil");
        assertThat(guard.evaluate(env("update", Map.of("resolution", "Rebooted")))).isEqualTo(true);
        assertThat(guard.evaluate(env("update", Map.of()))).isEqualTo(false);
    }
}
