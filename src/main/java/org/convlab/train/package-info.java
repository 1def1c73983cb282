/**
 * Training small networks: {@link org.convlab.train.ModelBuilder} and the presets in
 * {@link org.convlab.train.Models} describe networks, {@link org.convlab.train.ModelSummary}
 * lists their shapes, parameters and FLOPs, {@link org.convlab.train.Trainer} trains one on
 * its own thread and publishes immutable {@link org.convlab.train.TrainingSnapshot}s, and
 * {@link org.convlab.train.WeightsFile} saves and loads weights.
 *
 * <p>Threading: a model belongs to the thread that trains it until the run ends. Listeners are
 * called on the training thread; nothing here imports JavaFX, so a view hands each snapshot to
 * its thread with {@code Platform.runLater}. Every random draw comes from an explicit seed: the
 * same model seed and training seed give bitwise the same run.
 */
package org.convlab.train;
