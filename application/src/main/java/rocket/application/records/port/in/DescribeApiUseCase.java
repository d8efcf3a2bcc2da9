package rocket.application.records.port.in;

import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;

/** The material of an app's live API description, read from its current metadata snapshot. */
public interface DescribeApiUseCase {
    ApiSurface describe(AppName app, Principal caller);
}
