/**
 * What both sides of Spark Connect know, written once for the client, the fixtures and the mock
 * server: {@code types} (the protocol form of Spark's types), {@code arrow} (Spark's types and
 * their Arrow layout), {@code connection} (the {@code sc://} string), {@code plans} (the canonical
 * form of plans and SQL commands), {@code errors} (Spark's error conditions and the error info on
 * the wire), {@code rpc} (the service's RPCs) and {@code show} (values as {@code show()} prints
 * them). Spark's data types themselves, which users program against, keep their package
 * {@code dev.sparkconnect.client.types} and live in this module too.
 */
package dev.sparkconnect.protocol;
