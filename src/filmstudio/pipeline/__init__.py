"""The film pipeline: stages that read and extend a Storyboard, run in order by a Runner."""
