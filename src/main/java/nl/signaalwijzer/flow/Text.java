package nl.signaalwijzer.flow;

/** A user-facing text in Dutch and English; both are required by the validator. */
public record Text(String nl, String en) {

    public String in(Lang lang) {
        return lang == Lang.EN ? en : nl;
    }
}
