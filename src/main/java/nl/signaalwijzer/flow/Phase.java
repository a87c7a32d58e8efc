package nl.signaalwijzer.flow;

/** One time group of a checklist outcome ("Vandaag"): the actions under it are for that time. */
public record Phase(String id, Text title) {
}
