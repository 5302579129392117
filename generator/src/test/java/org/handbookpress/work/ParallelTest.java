package org.handbookpress.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeInTheItemsOrderWhateverFinishesFirst() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = Parallel.map(items, 4, i -> {
            threads.add(Thread.currentThread().getName());
            Thread.sleep((40 - i) % 7); // later items often finish first
            return i * i;
        });
        assertEquals(items.stream().map(i -> i * i).toList(), squares);
        assertTrue(threads.size() > 1, "ran on several threads: " + threads);
    }

    @Test
    void oneThreadRunsInOrderOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Integer> seen = new java.util.ArrayList<>();
        Parallel.forEach(List.of(1, 2, 3), 1, i -> {
            assertSame(caller, Thread.currentThread());
            seen.add(i);
            return null;
        });
        assertEquals(List.of(1, 2, 3), seen);
    }

    @Test
    void theFirstFailureInItemOrderIsThrown() {
        Parallel.Failure failure = assertThrows(Parallel.Failure.class, () -> Parallel.map(List.of(0, 1, 2, 3), 4, i -> {
            if (i == 1) {
                Thread.sleep(50);
                throw new IOException("item 1");
            }
            if (i == 3) {
                throw new IOException("item 3");
            }
            return i;
        }));
        assertEquals("item 1", failure.getCause().getMessage());
        IOException io = assertThrows(IOException.class, () -> {
            throw failure.rethrow(IOException.class, IOException.class);
        });
        assertEquals("item 1", io.getMessage());
        IllegalStateException unchecked = assertThrows(IllegalStateException.class, () -> Parallel.map(List.of(0, 1), 2, i -> {
            throw new IllegalStateException("as thrown");
        }));
        assertEquals("as thrown", unchecked.getMessage());
    }
}
