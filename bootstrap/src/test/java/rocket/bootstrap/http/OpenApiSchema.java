package rocket.bootstrap.http;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official OpenAPI 3.1 schema (2022-10-07, the variant that also checks every Schema Object against the OAS
 * dialect), read from the copy the vertx-openapi jar ships under {@code spec.openapis.org/}, and a JSON Schema
 * 2020-12 validator over it.
 */
final class OpenApiSchema {
    private static final String OAS = "https://spec.openapis.org/oas/3.1/";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(OAS, "classpath:spec.openapis.org/oas/3.1/")))
            .getSchema(SchemaLocation.of(OAS + "schema-base/2022-10-07"));

    private OpenApiSchema() {
    }

    /** Every violation of the OpenAPI 3.1 schema in the document (empty when it is valid). */
    static List<String> violations(String document) {
        return SCHEMA.validate(document, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
