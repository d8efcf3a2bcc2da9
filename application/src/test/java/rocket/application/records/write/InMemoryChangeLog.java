package rocket.application.records.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;

/** The change log of the pipeline tests: a list, numbered from 1 (it never rolls back). */
final class InMemoryChangeLog implements ChangeLog {
    private final List<LoggedChange> logged = new ArrayList<>();

    @Override
    public synchronized void append(List<RecordChange> changes) {
        changes.forEach(change -> logged.add(new LoggedChange(logged.size() + 1, change)));
    }

    @Override
    public synchronized List<LoggedChange> after(long after, int limit) {
        return logged.stream().filter(change -> change.seq() > after).limit(limit).toList();
    }

    @Override
    public synchronized long latest() {
        return logged.size();
    }

    @Override
    public synchronized long oldest() {
        return logged.isEmpty() ? 0 : 1;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        throw new UnsupportedOperationException("the pipeline tests keep every change");
    }
}
