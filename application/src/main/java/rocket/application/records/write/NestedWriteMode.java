package rocket.application.records.write;

/** Whether nested children go to the database in batches or one statement per child (see {@link NestedWrites}). */
public enum NestedWriteMode {
    BATCHED, PER_ROW
}
