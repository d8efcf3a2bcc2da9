package rocket.domain.query;

import rocket.domain.metadata.LinkedRelation;

/** A requested include: the response key exactly as asked, and the relation it resolved to. */
public record Include(String key, LinkedRelation link) {
}
