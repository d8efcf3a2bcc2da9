package rocket.application.records.port.out;

/** A change as logged: its number in the log ({@code seq}, the stream's event id) and the change. */
public record LoggedChange(long seq, RecordChange change) {
}
