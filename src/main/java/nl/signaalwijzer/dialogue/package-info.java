/**
 * The engine: {@link nl.signaalwijzer.dialogue.Dialogue#replay} turns a flow and the answers so far into
 * a {@link nl.signaalwijzer.dialogue.Conversation} (the transcript and the next question, or the
 * outcome). Pure: no I/O and no state, so any server instance can answer any request. Skip rules and
 * {@code next} rules are evaluated over the answers so far, implied ones included; implied answers are
 * never in the transcript the user sees. {@link nl.signaalwijzer.dialogue.FlowPath} replays every
 * outcome path the walker ({@code flow.FlowWalk}) finds through the engine itself.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.dialogue;

import org.jspecify.annotations.NullMarked;
