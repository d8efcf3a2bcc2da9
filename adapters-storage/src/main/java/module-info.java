/** File storage adapters (local disk) for the {@code FileStorage} port. */
module rocket.adapters.storage {
    requires rocket.application;
}
