/**
 * The event contract shared by the services: immutable records with no Spring or Kafka types.
 * Changes are additive only; a breaking change is a new type or a new topic. Golden JSON samples
 * of every type live in {@code src/main/resources/golden} and are read by producer and consumer
 * tests alike.
 */
package se.icld.gendernetwork.contracts;
