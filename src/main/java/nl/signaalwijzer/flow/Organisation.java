package nl.signaalwijzer.flow;

import java.util.Map;

/** This organisation's name, contacts by id (in file order) and settings. */
public record Organisation(Text name, Kiosk kiosk, Map<String, Contact> contacts) {
}
