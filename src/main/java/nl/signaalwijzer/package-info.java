/**
 * Signaalwijzer: configuration and wiring. {@link nl.signaalwijzer.App} serves, and runs the
 * {@code lint}, {@code paths} and {@code diagram} commands; {@link nl.signaalwijzer.FlowWatcher} swaps in
 * a changed flows directory only when all of it is valid.
 *
 * <p>The layers point one way: {@code flow} (model, strict reader, validator) &lt;- {@code dialogue} (the
 * engine) &lt;- {@code diagram} and {@code web} &lt;- this package; {@code deadline} (the actual day a
 * time frame ends) stands at the bottom beside {@code flow}, for {@code web}. Nothing below refers back up.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer;

import org.jspecify.annotations.NullMarked;
