package nl.signaalwijzer.organisation;

import java.util.Map;

/** One organisation's file: the organisation itself and its locations by id, in file order. */
record OrganisationFile(ScopeEntry organisation, Map<String, ScopeEntry> locations) {
}
