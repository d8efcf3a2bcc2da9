package rocket.application.records.port.out;

/** One created, updated or deleted record, as the change log stores it: its key as text. */
public record RecordChange(String entity, String key, Op op) {
    /** What happened to the record; {@link #label()} is the word stored and streamed. */
    public enum Op {
        CREATED, UPDATED, DELETED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Op of(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
