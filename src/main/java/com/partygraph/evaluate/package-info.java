/** The resolution evaluation: a source read through its mapping, resolved in memory, compared with a ground truth. */
package com.partygraph.evaluate;
