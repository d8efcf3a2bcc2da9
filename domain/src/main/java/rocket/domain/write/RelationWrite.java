package rocket.domain.write;

import java.util.List;
import rocket.domain.metadata.LinkedRelation;
import rocket.domain.metadata.WriteMode;

/** The nested write of one relation key: the relation (this entity is its source), the mode and the children. */
public record RelationWrite(String key, LinkedRelation link, WriteMode mode, List<ChildRow> children) {
    public RelationWrite {
        children = List.copyOf(children);
    }
}
