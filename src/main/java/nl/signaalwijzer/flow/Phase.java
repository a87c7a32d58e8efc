package nl.signaalwijzer.flow;

/**
 * One time group of a checklist outcome ("Vandaag"): the actions under it are for that time. {@code fold}: the
 * page shows the group as one fold with its title, so tonight's steps and their contacts stay within reach on a
 * phone and the later ones are one tap away.
 */
public record Phase(String id, Text title, boolean fold) {
}
