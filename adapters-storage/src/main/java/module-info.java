/** File storage adapters for the {@code FileStorage} port: local disk. */
module rocket.adapters.storage {
    requires transitive rocket.application;

    exports rocket.adapters.storage;
}
