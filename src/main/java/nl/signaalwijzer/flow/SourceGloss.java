package nl.signaalwijzer.flow;

/**
 * One entry of sources.yaml: the source documents are Dutch, so a source keeps its Dutch title (the
 * document's own name) and English pages show this gloss beside it.
 */
record SourceGloss(String title, String en, Location location) {
}
