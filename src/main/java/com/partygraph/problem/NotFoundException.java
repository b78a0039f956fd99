package com.partygraph.problem;

/** Something the caller named does not exist in the caller's tenant; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
