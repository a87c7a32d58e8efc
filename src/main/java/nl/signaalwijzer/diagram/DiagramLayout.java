package nl.signaalwijzer.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the boxes and routes the arrows of a {@link FlowGraph} with Eclipse ELK's layered algorithm:
 * top to bottom like a paper stroomschema, orthogonal arrows, option labels placed on their arrows.
 * Deterministic: the same graph always gets the same picture.
 */
final class DiagramLayout {
    static final double MARGIN = 24;

    record Rect(double x, double y, double width, double height) {
    }

    record Point(double x, double y) {
    }

    record RoutedArrow(FlowGraph.Arrow arrow, List<Point> points, Rect label, BoxLines labelLines) {
    }

    record Placed(double width, double height, Map<String, Rect> boxes, Map<String, BoxLines> lines,
                  List<RoutedArrow> arrows) {
    }

    static {
        // The shaded jar has no OSGi/Eclipse plugin registry: register the layered algorithm ourselves.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private DiagramLayout() {
    }

    /** Beyond this width a top-down picture needs too much sideways scrolling; then left-to-right may read better. */
    static final double WIDEST_TOP_DOWN = 2400;

    /**
     * Top to bottom, like the Leidraad's stroomschema; a flow that fans out too wide for that (many
     * branches side by side) is laid out left to right instead when that scrolls less.
     */
    static Placed of(FlowGraph graph) {
        Placed down = of(graph, Direction.DOWN);
        if (down.width() <= WIDEST_TOP_DOWN) {
            return down;
        }
        Placed right = of(graph, Direction.RIGHT);
        return scroll(right) < scroll(down) ? right : down;
    }

    /** Roughly how much a person scrolls to see it all: sideways scrolling counts more than down. */
    private static double scroll(Placed placed) {
        return Math.max(placed.width() * 1.5, placed.height());
    }

    static Placed of(FlowGraph graph, Direction direction) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 6.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 14.0);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        // Keep the options in the order the flow file lists them (Ja, Nee, Weet ik niet) where crossings allow.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, BoxLines> lines = new LinkedHashMap<>();
        for (FlowGraph.Box box : graph.boxes()) {
            BoxLines boxLines = BoxLines.of(box, graph.words());
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.id());
            node.setDimensions(boxLines.width(), boxLines.height());
            nodes.put(box.id(), node);
            lines.put(box.id(), boxLines);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<BoxLines> labels = new ArrayList<>();
        for (FlowGraph.Arrow arrow : graph.arrows()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(arrow.from()), nodes.get(arrow.to()));
            BoxLines label = BoxLines.label(arrow);
            ElkLabel elkLabel = ElkGraphUtil.createLabel(String.join(" / ", arrow.labels()), edge);
            elkLabel.setDimensions(label.width(), label.height());
            edges.add(edge);
            labels.add(label);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Rect> boxes = new LinkedHashMap<>();
        nodes.forEach((id, node) -> boxes.put(id, new Rect(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        List<RoutedArrow> arrows = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge edge = edges.get(i);
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(bend.getX(), bend.getY()));
                }
                points.add(new Point(section.getEndX(), section.getEndY()));
            }
            ElkLabel label = edge.getLabels().get(0);
            arrows.add(new RoutedArrow(graph.arrows().get(i), points,
                    new Rect(label.getX(), label.getY(), label.getWidth(), label.getHeight()), labels.get(i)));
        }
        return new Placed(root.getWidth(), root.getHeight(), boxes, lines, arrows);
    }
}
