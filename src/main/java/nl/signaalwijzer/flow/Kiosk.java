package nl.signaalwijzer.flow;

/** Settings for a shared touch screen: reset to the start after a period without use. */
public record Kiosk(boolean enabled, int idleSeconds, int countdownSeconds) {
    public static final Kiosk OFF = new Kiosk(false, 120, 20);
}
