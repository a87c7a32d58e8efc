package nl.signaalwijzer.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark of {@code bench/run} shares (JMH annotations are inherited): average
 * time in nanoseconds, short warm-up and measurement, one fork with the heap a small VM gives the
 * server ({@code -Xmx64m -Xmn12m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}, as the README recommends).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xmn12m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
public abstract class SmallHeapBenchmark {
}
