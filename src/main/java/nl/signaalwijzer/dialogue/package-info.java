/**
 * The engine: {@link nl.signaalwijzer.dialogue.Dialogue#replay} turns a flow and the answers so far into
 * a {@link nl.signaalwijzer.dialogue.Conversation} (the transcript and the next question, or the
 * outcome). Pure: no I/O and no state, so any server instance can answer any request.
 */
package nl.signaalwijzer.dialogue;
