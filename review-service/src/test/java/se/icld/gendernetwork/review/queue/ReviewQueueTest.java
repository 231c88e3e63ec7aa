package se.icld.gendernetwork.review.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;

/**
 * A count reads every application it matches (on a queue of thousands, most of a queue request's time):
 * a page whose total the caller already has is not counted again, and the console's tabs count each view
 * once, the one on screen among them.
 */
class ReviewQueueTest {

    private final ApplicationQueries applications = mock(ApplicationQueries.class);
    private final ReviewQueue queue = new ReviewQueue(applications, Clock.systemUTC());
    private final ReviewQueue.Filter open = new ReviewQueue.Filter(null, null, null, null, "bob", QueueView.OPEN, null,
            null, null, null);

    @Test
    void aPageWithAKnownTotalIsNotCountedAgain() {
        when(applications.queue(any(), any(), anyLong(), anyInt())).thenReturn(List.of());

        ReviewQueue.Page page = queue.find(open, QueueOrder.OLDEST, 0, 20, 42L);

        assertThat(page.total()).isEqualTo(42);
        verify(applications, times(0)).count(any());
    }

    @Test
    void aPageWithoutOneIsCountedOnce() {
        when(applications.queue(any(), any(), anyLong(), anyInt())).thenReturn(List.of());
        when(applications.count(any())).thenReturn(7L);

        assertThat(queue.find(open, QueueOrder.OLDEST, 0, 20).total()).isEqualTo(7);
        verify(applications, times(1)).count(any());
    }

    @Test
    void theTabsCountEachViewOnce() {
        when(applications.count(any())).thenReturn(3L);

        Map<QueueView, Long> counts = queue.countByView(open);

        assertThat(counts).containsOnlyKeys(QueueView.values()).containsEntry(open.view(), 3L);
        verify(applications, times(QueueView.values().length)).count(any());
    }
}
