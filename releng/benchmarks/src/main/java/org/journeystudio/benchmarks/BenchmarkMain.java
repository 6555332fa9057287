package org.journeystudio.benchmarks;

import java.util.Collection;

import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The entry point of benchmarks.jar: takes JMH's own command line (e.g. {@code -f 1 -wi 2 -i 3},
 * {@code -p elements=1000000}, {@code -rf json}), runs the benchmarks, then prints the
 * ratios of DESIGN.md §8 and whether each meets its target.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(withDefaults(options)).run();
        RatioReport.of(results).print(System.out);
        ScalingReport.of(results).print(System.out);
    }

    /**
     * A full GC before every iteration unless the command line says otherwise: the models are
     * large and long-lived, and without it one iteration pays for the garbage of another.
     */
    private static Options withDefaults(CommandLineOptions options) {
        if (options.shouldDoGC().hasValue()) {
            return options;
        }
        return new OptionsBuilder().parent(options).shouldDoGC(true).build();
    }
}
