/** File storage adapters for the {@code FileStorage} port: local disk. */
module rocket.adapters.storage {
    requires transitive rocket.application; // implements the FileStorage port; transitive: callers see its types

    exports rocket.adapters.storage;
}
