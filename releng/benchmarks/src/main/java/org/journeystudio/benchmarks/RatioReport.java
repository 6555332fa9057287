package org.journeystudio.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The ratios DESIGN.md §8 sets targets for, computed from benchmarks of one run: each
 * operation divided by its baseline measured at the same map size.
 */
final class RatioReport {

    /** An operation, its baseline, the largest ratio the design allows and the size it applies at (0: all). */
    private record Target(String label, String operation, String baseline, double limit, int onlyAt) {

        String verdict(int elements, double ratio) {
            if (Double.isNaN(limit)) {
                return "(no target)";
            }
            if (onlyAt != 0 && elements != onlyAt) {
                return String.format("(target at %,d)", onlyAt);
            }
            return ratio <= limit ? "meets <= " + limit + "x" : "MISSES <= " + limit + "x";
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("load / SAX parse", "LoadBenchmark.emfLoad", "LoadBenchmark.saxParse", 2.0, 0),
            new Target("save / atomic write", "SaveBenchmark.save", "SaveBenchmark.atomicWriteBytes", 2.0, 0),
            new Target("first save / atomic write", "SaveBenchmark.firstSave", "SaveBenchmark.atomicWriteBytes",
                    Double.NaN, 0),
            new Target("toBytes / buffer copy", "SaveBenchmark.toBytes", "SaveBenchmark.bufferBytes", Double.NaN, 0),
            new Target("save / Files.write", "SaveBenchmark.save", "SaveBenchmark.filesWriteBytes", Double.NaN, 0),
            new Target("validate / load", "ValidateBenchmark.validate", "LoadBenchmark.emfLoad", 1.0, 100_000),
            new Target("incremental / full", "RefreshBenchmark.incrementalRefresh", "RefreshBenchmark.fullRefresh",
                    0.01, 10_000),
            new Target("diff / load both", "CompareBenchmark.diff", "CompareBenchmark.loadTwo", 1.0, 100_000),
            new Target("merge / load all three", "CompareBenchmark.merge", "CompareBenchmark.loadThree", 1.5, 100_000));

    /** Sizes in elements, then benchmark ("LoadBenchmark.emfLoad"), then its score. */
    private final Map<Integer, Map<String, Result<?>>> scores;

    private RatioReport(Map<Integer, Map<String, Result<?>>> scores) {
        this.scores = scores;
    }

    static RatioReport of(Collection<RunResult> results) {
        Map<Integer, Map<String, Result<?>>> scores = new TreeMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String elements = params.getParam("elements");
            if (elements != null) {
                scores.computeIfAbsent(Integer.valueOf(elements), size -> new TreeMap<>())
                        .put(shortName(params.getBenchmark()), result.getPrimaryResult());
            }
        }
        return new RatioReport(scores);
    }

    /** "org.journeystudio.benchmarks.LoadBenchmark.emfLoad" becomes "LoadBenchmark.emfLoad". */
    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    void print(PrintStream out) {
        out.println();
        out.println("Journey Studio benchmarks: time per operation");
        printScores(out);
        out.println();
        out.println("Ratios measured in this run (DESIGN.md section 8)");
        List<String> missed = printRatios(out);
        out.println();
        out.println(missed.isEmpty() ? "All measured targets are met."
                : "Targets missed: " + String.join("; ", missed));
    }

    private void printScores(PrintStream out) {
        TreeSet<String> benchmarks = new TreeSet<>();
        scores.values().forEach(bySize -> benchmarks.addAll(bySize.keySet()));
        out.printf("  %-34s %10s %22s%n", "benchmark", "elements", "score");
        for (String benchmark : benchmarks) {
            for (Map.Entry<Integer, Map<String, Result<?>>> size : scores.entrySet()) {
                Result<?> score = size.getValue().get(benchmark);
                if (score != null) {
                    out.printf("  %-34s %,10d %22s%n", benchmark, size.getKey(), format(score));
                }
            }
        }
    }

    private static String format(Result<?> score) {
        double error = score.getScoreError();
        String plusMinus = Double.isNaN(error) ? "" : String.format(" +- %.3f", error);
        return String.format("%.3f%s %s", score.getScore(), plusMinus, score.getScoreUnit());
    }

    private List<String> printRatios(PrintStream out) {
        List<String> missed = new ArrayList<>();
        out.printf("  %-26s %10s %8s  %s%n", "ratio", "elements", "ratio", "target");
        for (Target target : TARGETS) {
            for (Map.Entry<Integer, Map<String, Result<?>>> size : scores.entrySet()) {
                Result<?> operation = size.getValue().get(target.operation());
                Result<?> baseline = size.getValue().get(target.baseline());
                if (operation == null || baseline == null) {
                    continue;
                }
                double ratio = operation.getScore() / baseline.getScore();
                String verdict = target.verdict(size.getKey(), ratio);
                out.printf("  %-26s %,10d %9sx  %s%n", target.label(), size.getKey(), ratio(ratio), verdict);
                if (verdict.startsWith("MISSES")) {
                    missed.add(String.format("%s at %,d elements (%.2fx)", target.label(), size.getKey(), ratio));
                }
            }
        }
        return missed;
    }

    /** Two decimals, or four significant ones for ratios far below 1 (incremental refresh). */
    private static String ratio(double ratio) {
        return ratio >= 0.1 ? String.format("%.2f", ratio) : String.format("%.4f", ratio);
    }

}
