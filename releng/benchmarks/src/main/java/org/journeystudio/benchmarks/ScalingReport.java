package org.journeystudio.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * How benchmarks grow with their input (DESIGN.md §8): the time at 10,000 cards or elements
 * divided by the time at 1,000, against the largest growth the design allows.
 */
final class ScalingReport {

    private static final int SMALL = 1_000;
    private static final int LARGE = 10_000;

    /** A benchmark and the largest 10k / 1k ratio allowed. */
    private record Target(String benchmark, String meaning, double limit) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("RenderBenchmark.viewportDraw", "viewport draw, 10k / 1k cards", 1.5),
            new Target("JourneyMapDrawBenchmark.viewportDraw", "journey map viewport, 10k / 1k steps", 1.5),
            new Target("RenderBenchmark.svgExport", "SVG export, 10k / 1k cards", 12),
            new Target("RefreshBenchmark.fullRefresh", "full refresh, 10k / 1k elements", 12),
            new Target("JourneyMapBenchmark.exportSvg", "journey map export, 10k / 1k steps", 12),
            new Target("JourneyMapBenchmark.viewportDraw", "journey map viewport, 10k / 1k steps", 1.5));

    /** Benchmark, then cards, then score. */
    private final Map<String, Map<Integer, Double>> scores;

    private ScalingReport(Map<String, Map<Integer, Double>> scores) {
        this.scores = scores;
    }

    static ScalingReport of(Collection<RunResult> results) {
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String cards = size(params);
            if (cards != null) {
                String name = params.getBenchmark();
                String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                scores.computeIfAbsent(shortName, n -> new TreeMap<>())
                        .put(Integer.valueOf(cards), result.getPrimaryResult().getScore());
            }
        }
        return new ScalingReport(scores);
    }

    /** The size parameter of a benchmark: cards, elements or steps. */
    private static String size(BenchmarkParams params) {
        for (String name : new String[] {"cards", "elements", "steps"}) {
            if (params.getParam(name) != null) {
                return params.getParam(name);
            }
        }
        return null;
    }

    /** Prints the ratios measured; nothing when no rendering benchmark ran at both sizes. */
    void print(PrintStream out) {
        boolean header = false;
        for (Target target : TARGETS) {
            Map<Integer, Double> bySize = scores.getOrDefault(target.benchmark(), Map.of());
            Double small = bySize.get(SMALL);
            Double large = bySize.get(LARGE);
            if (small == null || large == null) {
                continue;
            }
            if (!header) {
                out.println();
                out.println("Growth from 1,000 to 10,000 cards or elements (DESIGN.md section 8)");
                header = true;
            }
            double ratio = large / small;
            out.printf("  %-32s %7.3f ms -> %8.3f ms %7.2fx  %s%n", target.meaning(), small, large, ratio,
                    ratio <= target.limit() ? "meets <= " + target.limit() + "x" : "MISSES <= " + target.limit() + "x");
        }
    }
}
