package org.journeystudio.viewpoint.tests.tools;

import static org.journeystudio.viewpoint.tests.tools.ToolFixture.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.tools.Position;
import org.journeystudio.viewpoint.tools.ToolCommands;
import org.journeystudio.viewpoint.tools.ToolException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN §9: undoing all of a random edit sequence returns the exact model. Hundreds of seeded
 * random tool applications of every kind (some refused by preconditions, some failing), each
 * followed by an incremental refresh; a failing one must change nothing. Then undo all: the
 * model byte for byte and the views as at the start; redo all: as at the end.
 */
class RandomToolSequenceTest {

    private static final int ACTIONS = 300;
    private static final String[] EMOTIONS = {"", "-2", "1", "2", "lots"};

    private ToolFixture f;
    private Random random;

    @ParameterizedTest
    @CsvSource({"ecommerce-purchase, 7", "invoice-payment, 42", "support-call, 2024"})
    void undoingEverythingRestoresTheExactModel(String template, long seed) {
        f = ToolFixture.open(template);
        random = new Random(seed);
        byte[] start = f.bytes();
        String startViews = f.views();
        int executed = 0;
        int failed = 0;
        for (int i = 0; i < ACTIONS; i++) {
            byte[] before = f.bytes();
            try {
                if (act() != null) {
                    executed++;
                }
            } catch (ToolException e) {
                failed++;
                assertSameBytes(before, f.bytes(), "after failing action " + i + " (" + e.getMessage() + ")");
            }
            f.refresh();
        }
        assertTrue(executed > ACTIONS / 2, "most actions ran: " + executed);
        assertTrue(failed > 0, "some actions failed and were rolled back");
        byte[] end = f.bytes();
        String endViews = f.views();
        CommandStack stack = f.domain.getCommandStack();
        int undone = 0;
        while (stack.canUndo()) {
            f.undo();
            undone++;
        }
        assertEquals(executed, undone);
        assertSameBytes(start, f.bytes(), "after undoing everything");
        assertEquals(startViews, f.views());
        while (stack.canRedo()) {
            f.redo();
        }
        assertSameBytes(end, f.bytes(), "after redoing everything");
        assertEquals(endViews, f.views());
    }

    /** One random user action; the executed command, or null when no tool applied. */
    private Command act() {
        List<Node> stages = f.diagram.getNodes();
        List<Node> steps = f.stepViews();
        List<Edge> edges = f.diagram.getEdges();
        int kind = random.nextInt(12);
        if (stages.isEmpty() || kind == 0) {
            return f.runner.createNode(f.tool("newStage", ContainerCreationTool.class), f.diagram, null, position());
        }
        Node stage = pick(stages);
        if (steps.isEmpty() || kind <= 2) {
            return f.runner.createNode(f.tool("newStep", NodeCreationTool.class), f.diagram, stage, position());
        }
        Node step = pick(steps);
        return switch (kind) {
            case 3 -> f.runner.createEdge(f.tool("link", EdgeCreationTool.class), step, pick(steps));
            case 4 -> f.runner.delete(List.of(step));
            case 5 -> random.nextInt(4) == 0 ? f.runner.delete(List.of(stage))
                    : f.runner.directEdit(stage, "S" + random.nextInt(99));
            case 6 -> edges.isEmpty() ? null : f.runner.delete(List.of(pick(edges)));
            case 7 -> edges.isEmpty() ? null : f.runner.reconnect(f.tool("retarget", ReconnectTool.class), pick(edges),
                    step, ToolCommands.End.TARGET);
            case 8 -> f.runner.directEdit(step, "Step " + random.nextInt(99) + " (" + pick(EMOTIONS) + ")");
            case 9 -> f.runner.doubleClick(step);
            case 10 -> f.runner.drop(f.tool("moveStep", DropTool.class), step.getSemantic(), f.diagram, stage);
            default -> f.runner.doubleClick(stage);
        };
    }

    private Position position() {
        return random.nextBoolean() ? null : new Position(random.nextInt(800), random.nextInt(600));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
