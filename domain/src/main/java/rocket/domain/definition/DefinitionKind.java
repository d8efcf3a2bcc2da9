package rocket.domain.definition;

/**
 * One kind of definition: {@code name} is its export section and store key ({@code state_machines}), {@code path}
 * its admin resource ({@code state-machines}), {@code label} how messages name one ({@code State machine}).
 */
public record DefinitionKind<T>(String name, String path, String label, DefinitionCodec<T> codec) {
}
