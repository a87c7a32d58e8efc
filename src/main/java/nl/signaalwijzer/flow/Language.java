package nl.signaalwijzer.flow;

/**
 * A language as pages show it: its name in its own words (for the language switch), its direction, the
 * {@code lang} an HTML page in it says (Makkelijk lezen is Dutch to a browser and a screen reader), the
 * language a page in it offers a flow in when that flow does not offer this one, how many steps an outcome
 * shows before the rest go behind one fold ({@code stepsInView}, 0: all; Makkelijk lezen: 3), and whether its
 * pages show a flow's pictograms ({@code icon:}) beside the words (Makkelijk lezen; no other page loads them),
 * and whether {@code lint} holds its texts to the easy-read rules ({@link EasyReadCheck}; Makkelijk lezen).
 */
public record Language(Lang lang, String name, boolean rightToLeft, String htmlLang, Lang otherwise, int stepsInView,
                       boolean pictograms, boolean easyRead) {

    /** The HTML {@code dir} of a page in this language. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
