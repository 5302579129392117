package org.handbookpress.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * MyST's and reStructuredText's {@code {list-table}}: a table written as a list of rows, each a list of its cells, so
 * that a cell may hold paragraphs, lists or code.
 * <pre>
 * ```{list-table} Shifts this week
 * :header-rows: 1
 * * - Day
 *   - Who
 * * - Monday
 *   - Sam
 * ```
 * </pre>
 * The node holds the parsed list (whose cells keep their place in the file) and is written as a table: the first
 * {@code header-rows} rows as headers, the directive's argument as the caption. Content that is not such a list
 * stays as it is, after the caption.
 */
final class ListTable extends Block {

    final String caption;
    final int headerRows;

    ListTable(String caption, int headerRows) {
        this.caption = caption;
        this.headerRows = headerRows;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The rows of the table: the outer list's items that hold a list of cells. */
    private List<List<ListItem>> rows() {
        List<List<ListItem>> rows = new ArrayList<>();
        if (getFirstChild() instanceof ListBlock list && getFirstChild().getNext() == null) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem row && row.getFirstChild() instanceof ListBlock cells) {
                    List<ListItem> cellsOfRow = new ArrayList<>();
                    for (Node cell = cells.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof ListItem c) {
                            cellsOfRow.add(c);
                        }
                    }
                    rows.add(cellsOfRow);
                } else {
                    return List.of(); // not the list of lists a list table is
                }
            }
        }
        return rows;
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(ListTable.class, Renderer::render));
        }

        private static void render(ListTable table, NodeRendererContext context, HtmlWriter html) {
            List<List<ListItem>> rows = table.rows();
            if (rows.isEmpty()) {
                // Written otherwise: its caption and content as they are, so nothing is lost.
                if (!table.caption.isEmpty()) {
                    html.line().withAttr().tag("p");
                    FencedDivs.title(html, table.caption);
                    html.tag("/p").line();
                }
                context.renderChildren(table);
                return;
            }
            html.line().withAttr().tag("table").line();
            if (!table.caption.isEmpty()) {
                html.tag("caption");
                FencedDivs.title(html, table.caption);
                html.tag("/caption").line();
            }
            for (int r = 0; r < rows.size(); r++) {
                boolean header = r < table.headerRows;
                if (r == 0 && header) {
                    html.tag("thead").line();
                } else if (r == table.headerRows) {
                    html.tag("tbody").line();
                }
                html.tag("tr").line();
                for (ListItem cell : rows.get(r)) {
                    if (header) {
                        html.attr("scope", "col");
                    }
                    html.withAttr().tag(header ? "th" : "td");
                    context.renderChildren(cell);
                    html.tag(header ? "/th" : "/td").line();
                }
                html.tag("/tr").line();
                if (r == table.headerRows - 1) {
                    html.tag("/thead").line();
                }
            }
            if (rows.size() > table.headerRows) {
                html.tag("/tbody").line();
            } else if (table.headerRows > rows.size()) {
                html.tag("/thead").line();
            }
            html.tag("/table").line();
        }
    }
}
