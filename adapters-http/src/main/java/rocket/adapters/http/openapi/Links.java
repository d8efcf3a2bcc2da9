package rocket.adapters.http.openapi;

import java.util.List;
import java.util.stream.Stream;
import rocket.application.records.port.in.ApiSurface;
import rocket.domain.metadata.LinkedRelation;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;

/**
 * The relations an entity's records reach, named as includes and nested writes name them (the relation's name,
 * resolved from the entity as the engine resolves it), limited to those whose other end the caller may read.
 */
final class Links {
    private Links() {
    }

    /** A relation seen from one entity under the name a client uses. */
    record Link(String name, LinkedRelation linked) {
        String other() {
            return linked.other();
        }

        /** Whether the include is a list (children, many-to-many) rather than one record or null. */
        boolean many() {
            Relation relation = linked.relation();
            return relation.type() == RelationType.MANY_TO_MANY
                    || (linked.fromSource() && relation.type() == RelationType.ONE_TO_MANY);
        }
    }

    /** Every include of the entity whose other end the caller may read, in the order relations were defined. */
    static List<Link> includes(ApiSurface surface, String entity) {
        return links(surface, entity).filter(link -> surface.may(link.other(), "read")).toList();
    }

    /**
     * The relations a body of the entity may write nested (it is their source): many-to-many links need read on the
     * target, other children a write action on it.
     */
    static List<Link> nestedWrites(ApiSurface surface, String entity) {
        return links(surface, entity).filter(link -> link.linked().fromSource())
                .filter(link -> link.linked().relation().manyToMany() ? surface.may(link.other(), "read")
                        : surface.may(link.other(), "create") || surface.may(link.other(), "update")
                        || surface.may(link.other(), "delete"))
                .toList();
    }

    private static Stream<Link> links(ApiSurface surface, String entity) {
        return surface.metadata().relations().stream().filter(r -> r.touches(entity))
                .flatMap(r -> surface.metadata().link(entity, r.name()).stream().map(l -> new Link(r.name(), l)));
    }
}
