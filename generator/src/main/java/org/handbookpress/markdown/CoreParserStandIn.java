package org.handbookpress.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * A block parser factory standing in for one of Flexmark's own (its option turned off), in that one's place among the
 * block parsers: the same dependencies, scope and lead-in handler, so that only when it starts a block differs
 * ({@link QuickHeadings}, {@link LazyLineHtml}). Each keeps a parser extension class of its own that turns the
 * core option off and registers it: Flexmark's builder loads one extension of a class and skips the others, so a
 * shared extension class put only the first stand-in in place (tried: the HTML one was lost, and
 * CommonMarkConformanceTest and MigratedFoldersTest failed).
 */
abstract class CoreParserStandIn implements CustomBlockParserFactory {

    /** Flexmark's own factory, which the stand-in asks. */
    protected final CustomBlockParserFactory core;

    CoreParserStandIn(CustomBlockParserFactory core) {
        this.core = core;
    }

    @Override
    public final @Nullable Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public final @Nullable Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public final boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public final @Nullable SpecialLeadInHandler getLeadInHandler(@NotNull DataHolder options) {
        return core.getLeadInHandler(options);
    }
}
