package rocket.application.definitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.InvalidFieldValue;

/** Bookkeeping of one import: counts and errors, and a savepoint per item. */
final class ImportRun {
    private final TransactionRunner transactions;
    final Map<String, Integer> summary = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();

    ImportRun(TransactionRunner transactions) {
        this.transactions = transactions;
        for (String key : List.of("entities", "relations", "rules", "state_machines", "workflows", "permissions",
                "webhooks", "ui_configs")) {
            summary.put(key, 0);
        }
    }

    /** A definition, counted in {@code section} when it was saved. */
    void item(String section, String what, Supplier<?> work) {
        if (savepoint(what, work)) {
            summary.merge(section, 1, Integer::sum);
        }
    }

    /** A sample row, counted in {@code section} when {@code work} says it inserted one (false: it existed). */
    void row(String section, String what, Supplier<Boolean> work) {
        try {
            if (Boolean.TRUE.equals(transactions.inTransaction(work))) {
                summary.merge(section, 1, Integer::sum);
            }
        } catch (RocketException | InvalidFieldValue e) {
            errors.add(what + ": " + e.getMessage());
        }
    }

    private boolean savepoint(String what, Supplier<?> work) {
        try {
            transactions.inTransaction(work);
            return true;
        } catch (RocketException | InvalidFieldValue e) {
            errors.add(what + ": " + e.getMessage());
            return false;
        }
    }
}
