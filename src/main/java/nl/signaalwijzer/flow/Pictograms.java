package nl.signaalwijzer.flow;

import java.util.regex.Pattern;

/**
 * The pictograms a flow may name with {@code icon:}: the SVG files in {@code static/pictograms/}, which
 * the build puts in the jar. They belong to the build, not to the flows folder a deployer points the
 * server at; so a flow is checked against exactly the files the server will serve, looked up on the
 * classpath (see {@code pictograms/README.md} for what each shows).
 */
final class Pictograms {
    static final String FOLDER = "static/pictograms/";
    /** An OpenMoji hexcode, the file's name: only such a name is looked up, so no name can reach outside the folder. */
    private static final Pattern NAME = Pattern.compile("[0-9A-F]{4,5}(-[0-9A-F]{4,5})*");

    private Pictograms() {
    }

    static boolean exists(String name) {
        return NAME.matcher(name).matches() && Pictograms.class.getResource("/" + FOLDER + name + ".svg") != null;
    }
}
