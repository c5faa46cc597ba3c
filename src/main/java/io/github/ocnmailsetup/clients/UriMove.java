package io.github.ocnmailsetup.clients;

/** A folder reference in a filter file (an {@code actionValue}) moved from the old server URI to the new one. */
record UriMove(String from, String to) {
}
