package rocket.application.webhooks.port.out;

/** The outcome of an outbound call: HTTP status (0 when none arrived), the (capped) response body, or an error. */
public record Delivery(int status, String body, String error) {
    public boolean succeeded() {
        return error == null && status >= 200 && status < 300;
    }
}
