package rocket.application.health.port.in;

/** Checks the databases the server depends on; cheap enough for a probe every few seconds. */
public interface CheckReadinessUseCase {
    Readiness check();
}
