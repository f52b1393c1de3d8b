package org.preau.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap used while it is open. The used heap is sampled by a daemon thread, and each collection also reports
 * what the heap held just before it ran: the top of the sawtooth, which sampling alone would often miss. Garbage not
 * yet collected counts too, so the figure is what the run asks of {@code -Xmx}, not its live set.
 */
public final class HeapPeak implements AutoCloseable {

	public static HeapPeak start() {
		return new HeapPeak();
	}

	@Override
	public void close() {
		if (_closed) {
			return;
		}

		_closed = true;

		_sampler.interrupt();

		try {
			_sampler.join(1000);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}

		for (NotificationEmitter emitter : _emitters) {
			try {
				emitter.removeNotificationListener(_listener);
			}
			catch (ListenerNotFoundException listenerNotFoundException) {

				// Registration failed earlier for this collector: nothing to remove

			}
		}

		_sample();
	}

	public double peakMegabytes() {
		return _peakBytes.get() / (1024.0 * 1024.0);
	}

	private HeapPeak() {
		_heapPools = new HashSet<>();

		for (MemoryPoolMXBean memoryPoolMXBean :
				ManagementFactory.getMemoryPoolMXBeans()) {

			if (memoryPoolMXBean.getType() == MemoryType.HEAP) {
				_heapPools.add(memoryPoolMXBean.getName());
			}
		}

		for (GarbageCollectorMXBean garbageCollectorMXBean :
				ManagementFactory.getGarbageCollectorMXBeans()) {

			if (garbageCollectorMXBean instanceof NotificationEmitter) {
				NotificationEmitter emitter =
					(NotificationEmitter)garbageCollectorMXBean;

				emitter.addNotificationListener(_listener, null, null);

				_emitters.add(emitter);
			}
		}

		_sample();

		_sampler = new Thread(
			() -> {
				while (!Thread.currentThread().isInterrupted()) {
					_sample();

					try {
						Thread.sleep(_SAMPLE_MILLIS);
					}
					catch (InterruptedException interruptedException) {
						return;
					}
				}
			},
			"preau-bench-heap-sampler");

		_sampler.setDaemon(true);
		_sampler.start();
	}

	private void _onNotification(Notification notification) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.
				equals(notification.getType())) {

			return;
		}

		GcInfo gcInfo = GarbageCollectionNotificationInfo.from(
			(CompositeData)notification.getUserData()
		).getGcInfo();

		long used = 0;

		for (Map.Entry<String, MemoryUsage> entry :
				gcInfo.getMemoryUsageBeforeGc().entrySet()) {

			if (_heapPools.contains(entry.getKey())) {
				used += entry.getValue().getUsed();
			}
		}

		_record(used);
	}

	private void _record(long used) {
		_peakBytes.accumulateAndGet(used, Math::max);
	}

	private void _sample() {
		_record(_memoryMXBean.getHeapMemoryUsage().getUsed());
	}

	private static final long _SAMPLE_MILLIS = 5;

	private volatile boolean _closed;
	private final List<NotificationEmitter> _emitters = new ArrayList<>();
	private final Set<String> _heapPools;
	private final NotificationListener _listener =
		(notification, handback) -> _onNotification(notification);
	private final MemoryMXBean _memoryMXBean =
		ManagementFactory.getMemoryMXBean();
	private final AtomicLong _peakBytes = new AtomicLong();
	private final Thread _sampler;

}
