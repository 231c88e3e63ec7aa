package se.icld.gendernetwork.notification.notice;

import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;

/** Announces an email's outcome on {@code notification.deliveries.v1}; true once the broker acknowledged. */
public interface DeliveryAnnouncer {

    boolean announce(DeliveryEvent event);
}
