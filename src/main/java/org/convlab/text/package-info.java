/** Small helpers for the words in messages (near misses of a name); a leaf that every package may use. */
package org.convlab.text;
